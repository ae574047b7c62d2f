BRIEFINGS_SEARCH_WORDS("lat",{
"latakia":"1",
"late":"7w",
"later":"6t,u,7",
"lattaquie":"1,36,2,4a,1"
});
