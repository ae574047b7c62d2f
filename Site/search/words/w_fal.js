BRIEFINGS_SEARCH_WORDS("fal",{
"fall":"43,3t;43",
"fallen":"4x,2u",
"falter":"7k;7k"
});
