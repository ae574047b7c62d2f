BRIEFINGS_SEARCH_WORDS("tow",{
"town":"4n,2,7,1,38,2;4w",
"towns":"4r,3e;4r"
});
