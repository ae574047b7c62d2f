BRIEFINGS_SEARCH_WORDS("tow",{
"town":"41,2,7,1,38,2;4a",
"towns":"45,3e;45"
});
