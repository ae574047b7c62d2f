BRIEFINGS_SEARCH_WORDS("fer",{
"ferme":"1c,1w",
"fermee":"39",
"fermer":"2b,1k,3r;3v"
});
