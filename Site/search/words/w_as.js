BRIEFINGS_SEARCH_WORDS("as",{
"as":"48,g,1,1,s,4,5,t,5,l,1,3,3,1,2,2;4q,2k,4,3,3,2"
});
