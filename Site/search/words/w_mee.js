BRIEFINGS_SEARCH_WORDS("mee",{
"meet":"4b,21,y,7,4;4b"
});
