BRIEFINGS_SEARCH_WORDS("nlf",{
"nlf":"2i"
});
