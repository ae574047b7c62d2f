BRIEFINGS_SEARCH_WORDS("mee",{
"meet":"4c,20,y,7,4;4c"
});
