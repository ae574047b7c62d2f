BRIEFINGS_SEARCH_WORDS("dif",{
"differends":"7l",
"diffuse":"2m,4r"
});
