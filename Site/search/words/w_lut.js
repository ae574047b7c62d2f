BRIEFINGS_SEARCH_WORDS("lut",{
"lutte":"36"
});
