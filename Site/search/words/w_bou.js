BRIEFINGS_SEARCH_WORDS("bou",{
"bouclier":"1,1i,10,f,5,3n,h,1",
"boucliers":"6z,7"
});
