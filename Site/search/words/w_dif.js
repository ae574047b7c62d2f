BRIEFINGS_SEARCH_WORDS("dif",{
"differends":"4a,3n;4a",
"diffuse":"2m,53"
});
