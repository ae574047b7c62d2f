BRIEFINGS_SEARCH_WORDS("fal",{
"fall":"3y,3q;3y",
"fallen":"4s,2r",
"falter":"7c;7c"
});
