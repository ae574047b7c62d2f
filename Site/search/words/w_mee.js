BRIEFINGS_SEARCH_WORDS("mee",{
"meet":"3w,k,27,y,7,4;4g,27"
});
