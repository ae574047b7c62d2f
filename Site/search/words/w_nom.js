BRIEFINGS_SEARCH_WORDS("nom",{
"nom":"0,l,z,7,r",
"nombreuses":"45,44;45",
"nomme":"5,h",
"nommer":"3x",
"nommes":"2,3v"
});
