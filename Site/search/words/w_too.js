BRIEFINGS_SEARCH_WORDS("too",{
"took":"3v,2,z,2r,7;4w"
});
