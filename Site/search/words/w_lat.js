BRIEFINGS_SEARCH_WORDS("lat",{
"latakia":"1",
"late":"7k",
"later":"6j,s,7",
"lattaquie":"1,37,2,3x,1"
});
