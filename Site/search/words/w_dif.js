BRIEFINGS_SEARCH_WORDS("dif",{
"differends":"4a,3m;4a",
"diffuse":"2m,52"
});
