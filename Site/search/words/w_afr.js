BRIEFINGS_SEARCH_WORDS("afr",{
"africaine":"2z,4o;2z",
"african":"2z"
});
