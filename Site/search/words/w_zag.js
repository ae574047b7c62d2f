BRIEFINGS_SEARCH_WORDS("zag",{
"zagreb":"0,7u"
});
