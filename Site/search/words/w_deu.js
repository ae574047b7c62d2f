BRIEFINGS_SEARCH_WORDS("deu",{
"deux":"o,2,18,e,o,1,8,1,4,4,5,8,5,n,1b,5,1,1e,1,3,1,6,2,2,1;3e,4,15,1g,1",
"deuxieme":"4p,34"
});
