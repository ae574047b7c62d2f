BRIEFINGS_SEARCH_WORDS("afr",{
"africaine":"2z,50;2z",
"african":"2z"
});
