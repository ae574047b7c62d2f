BRIEFINGS_SEARCH_WORDS("su",{
"su":"6s,2,r;6u"
});
