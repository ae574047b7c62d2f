BRIEFINGS_SEARCH_WORDS("bou",{
"bouclier":"1,1i,z,f,5,3q,g,1",
"boucliers":"70,7"
});
