BRIEFINGS_SEARCH_WORDS("too",{
"took":"3v,11,2p,7;4w"
});
