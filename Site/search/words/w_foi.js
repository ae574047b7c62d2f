BRIEFINGS_SEARCH_WORDS("foi",{
"fois":"3v,1z,27;5u"
});
