BRIEFINGS_SEARCH_WORDS("nom",{
"nom":"0,l,z,7,q",
"nombreuses":"3i,45;3i",
"nomme":"5,h",
"nommer":"3a",
"nommes":"2,38"
});
