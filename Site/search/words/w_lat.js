BRIEFINGS_SEARCH_WORDS("lat",{
"latakia":"1",
"late":"7m",
"later":"6k,t,7",
"lattaquie":"1,36,2,40,1"
});
