BRIEFINGS_SEARCH_WORDS("dif",{
"differends":"86",
"diffuse":"2n,5b"
});
