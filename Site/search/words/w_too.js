BRIEFINGS_SEARCH_WORDS("too",{
"took":"3v,10,2p,7;4v"
});
