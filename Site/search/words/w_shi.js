BRIEFINGS_SEARCH_WORDS("shi",{
"shield":"1,2x,3k,s;7a",
"shiite":"1i",
"ships":"74,1;74"
});
