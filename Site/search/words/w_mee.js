BRIEFINGS_SEARCH_WORDS("mee",{
"meet":"4y,20,y,7,4;4y"
});
