BRIEFINGS_SEARCH_WORDS("dif",{
"differends":"3z,3z;3z",
"diffuse":"2m,54"
});
