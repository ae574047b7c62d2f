BRIEFINGS_SEARCH_WORDS("dif",{
"differends":"7l",
"diffuse":"2n,4q"
});
