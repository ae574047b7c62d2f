BRIEFINGS_SEARCH_WORDS("deu",{
"deux":"o,2,18,e,o,1,8,1,4,4,5,8,2,4,n,1b,5,1,1,1f,1,3,1,6,2,2,1;3e,4,16,1g,1,1",
"deuxieme":"4q,36"
});
