BRIEFINGS_SEARCH_WORDS("fer",{
"ferme":"1c,1x",
"fermee":"3a",
"fermer":"2c,1k,3q;3w"
});
