async def test_create_and_read_a_contact(client):
    r = await client.post("/api/v1/contacts", json={"email": "  Bob@Example.COM ", "first_name": "Bob"})
    assert r.status_code == 201, r.text
    body = r.json()
    assert body["email"] == "bob@example.com"
    r2 = await client.get(f"/api/v1/contacts/{body['id']}")
    assert r2.status_code == 200
    assert r2.json()["first_name"] == "Bob"
