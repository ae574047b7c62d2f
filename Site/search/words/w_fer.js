BRIEFINGS_SEARCH_WORDS("fer",{
"ferme":"1c,2j",
"fermee":"3w",
"fermer":"2c,26,3q;4i"
});
