BRIEFINGS_SEARCH_WORDS("tre",{
"treated":"6u,s",
"trentaine":"7n",
"tres":"l,28",
"treve":"2,2j,j,3,t,1d,1s,d,1,7,1,5,2,1;37,t,35",
"treves":"6"
});
