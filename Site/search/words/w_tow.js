BRIEFINGS_SEARCH_WORDS("tow",{
"town":"46,2,7,1,3h,2;4f",
"towns":"4a,3n;4a"
});
