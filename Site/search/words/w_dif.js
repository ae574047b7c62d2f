BRIEFINGS_SEARCH_WORDS("dif",{
"differends":"4a,3n",
"diffuse":"2m,53"
});
