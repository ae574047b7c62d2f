BRIEFINGS_SEARCH_WORDS("deu",{
"deux":"o,2,18,f,o,1,u,1,3,4,5,3,5,1y,5,1,1,17,1,3,1,6,2,2,1;40,4,2g,1,1",
"deuxieme":"57,2x"
});
