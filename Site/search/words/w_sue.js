BRIEFINGS_SEARCH_WORDS("sue",{
"suedoise":"37"
});
