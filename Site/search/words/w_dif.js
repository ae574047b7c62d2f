BRIEFINGS_SEARCH_WORDS("dif",{
"differends":"3y,3x;3y",
"diffuse":"2m,51"
});
