BRIEFINGS_SEARCH_WORDS("jol",{
"jolani":"4;4"
});
