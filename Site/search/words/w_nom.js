BRIEFINGS_SEARCH_WORDS("nom",{
"nom":"0,l,z,7,r",
"nombreuses":"3j,44;3j",
"nomme":"5,h",
"nommer":"3b",
"nommes":"2,39"
});
