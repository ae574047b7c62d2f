BRIEFINGS_SEARCH_WORDS("tow",{
"town":"41,2,7,1,39,2;4a",
"towns":"45,3f;45"
});
