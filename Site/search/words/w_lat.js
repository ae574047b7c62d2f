BRIEFINGS_SEARCH_WORDS("lat",{
"latakia":"1",
"late":"7k",
"later":"6i,t,7",
"lattaquie":"1,36,2,3y,1"
});
