BRIEFINGS_SEARCH_WORDS("mee",{
"meet":"4b,24,y,7,4;4b,24"
});
