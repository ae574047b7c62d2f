BRIEFINGS_SEARCH_WORDS("neg",{
"negociables":"7b,j",
"negociation":"1u",
"negociations":"6,2i,4r,1,d",
"negocie":"24,i,j,q,1",
"negociee":"3w",
"negotiating":"83"
});
