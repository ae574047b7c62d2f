BRIEFINGS_SEARCH_WORDS("shi",{
"shield":"1,2x,46,s;7w",
"shiite":"1i",
"ships":"7q,1;7q"
});
