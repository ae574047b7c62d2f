BRIEFINGS_SEARCH_WORDS("bou",{
"bouclier":"1,1i,z,f,5,3p,g,1",
"boucliers":"6z,7"
});
